expose rs kubia-7b9d6c8f5d --port=80 --dry-run=client -o yaml
