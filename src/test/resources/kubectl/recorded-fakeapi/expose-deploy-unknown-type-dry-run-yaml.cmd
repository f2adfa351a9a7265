expose deployment kubia --port=80 --type=Foo --name=x --dry-run=client -o yaml
