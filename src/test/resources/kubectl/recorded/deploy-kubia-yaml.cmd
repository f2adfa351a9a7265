create deployment kubia --image=luksa/kubia --dry-run=client -o yaml
