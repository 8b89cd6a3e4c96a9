from fastapi import APIRouter, Depends, status

from core.aws_cognito import AWS_Cognito
from core.dependencies import get_aws_cognito

router = APIRouter()


@router.post("/signup", status_code=status.HTTP_201_CREATED)
async def signup_user(email: str, cognito: AWS_Cognito = Depends(get_aws_cognito)):
    return cognito.user_signup(email)
