import boto3
from fastapi import APIRouter

router = APIRouter()


@router.get("/{item_id}")
async def read_item(item_id: str):
    # expect: client-in-handler
    table = boto3.resource("dynamodb").Table("items")
    return table.get_item(Key={"id": item_id})
