create service externalname external-service --external-name=api.somecompany.com --dry-run=client -o yaml
