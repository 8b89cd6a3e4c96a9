ORDERS_ID = "Orders"
ORDERS_CODE = "functions/orders"
ORDERS_HANDLER = "app.process"
BUILD_FOLDER = ".build/lambdas/"
