create deployment kubia --image=luksa/kubia --port=8080 --dry-run=client -o yaml
