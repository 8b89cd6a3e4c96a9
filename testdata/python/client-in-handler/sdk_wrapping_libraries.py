# RUN: %expect %s
# Libraries that build a boto3 session and client inside their objects:
# LangChain's Bedrock models and chat history, aws-requests-auth's signer.
# Each is a configurable object, or belongs to one conversation or host, so
# its move is unsafe and says why; one built from the event is cached by its
# key instead.
import os

from aws_requests_auth.boto_utils import BotoAWSRequestsAuth
from langchain_aws import BedrockEmbeddings, ChatBedrock
from langchain_community.chat_message_histories import DynamoDBChatMessageHistory


def handler(event, context):
    # expect: client-in-handler[hoistable]
    llm = ChatBedrock(model_id="anthropic.claude-3-haiku-20240307-v1:0")
    # expect: client-in-handler[hoistable]
    embeddings = BedrockEmbeddings(model_id="amazon.titan-embed-text-v2:0")
    # expect: client-in-handler[not-hoistable]
    history = DynamoDBChatMessageHistory(table_name="chats", session_id=event["session"])
    # expect: client-in-handler[hoistable]
    auth = BotoAWSRequestsAuth(aws_host=os.environ["SEARCH_HOST"], aws_region="us-east-1", aws_service="es")
    return llm, embeddings, history, auth
