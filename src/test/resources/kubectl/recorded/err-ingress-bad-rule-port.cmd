create ingress kubia --rule=/=kubia --dry-run=client
