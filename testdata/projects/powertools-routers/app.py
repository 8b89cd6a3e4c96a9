from aws_lambda_powertools.event_handler import APIGatewayRestResolver

from routes import orders
from routes.users import router as users_router

app = APIGatewayRestResolver()
app.include_router(orders.router, prefix="/orders")
app.include_router(users_router, prefix="/users")


def lambda_handler(event, context):
    return app.resolve(event, context)
