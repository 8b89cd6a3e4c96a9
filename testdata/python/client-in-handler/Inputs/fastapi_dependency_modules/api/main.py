from fastapi import FastAPI
from mangum import Mangum

from routes import auth

app = FastAPI(title="Cognito API")
app.include_router(auth.router, prefix="/auth")

handler = Mangum(app)
