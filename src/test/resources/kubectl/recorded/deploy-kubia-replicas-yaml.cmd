create deployment kubia --image=luksa/kubia --replicas=3 --dry-run=client -o yaml
