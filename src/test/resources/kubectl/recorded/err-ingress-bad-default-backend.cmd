create ingress kubia --default-backend=kubia --dry-run=client
