create deployment kubia --dry-run=client -o yaml
