create deployment --image=luksa/kubia --dry-run=client -o yaml
