create ingress kubia --dry-run=client
