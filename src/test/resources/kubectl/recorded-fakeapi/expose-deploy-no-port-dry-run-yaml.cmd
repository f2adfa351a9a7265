expose deployment kubia --name=kubia-auto --dry-run=client -o yaml
