from src import inventory

from scripts import local_settings

print(inventory.lambda_handler({"id": "1"}, None))
