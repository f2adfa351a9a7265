create service externalname external-service --external-name=api.example.com --dry-run=client -o yaml
