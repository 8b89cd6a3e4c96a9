from core.aws_cognito import AWS_Cognito


def get_aws_cognito():
    return AWS_Cognito()
