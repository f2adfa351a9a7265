create service externalname external-service --external-name=api.example.com --tcp=80 --dry-run=client -o yaml
