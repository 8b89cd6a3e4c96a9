FROM public.ecr.aws/lambda/python:3.12
COPY app.py ./
# expect: handler-not-found
CMD ["app.missing"]
