create service externalname external-service
