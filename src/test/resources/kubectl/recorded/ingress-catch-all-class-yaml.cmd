create ingress catch-all --class=otheringress --rule=/path=svc:port --dry-run=client -o yaml
