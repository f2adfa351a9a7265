describe service external-service
