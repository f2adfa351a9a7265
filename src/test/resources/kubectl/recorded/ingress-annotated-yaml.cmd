create ingress annotated --class=default --rule=foo.com/bar=svc:port --annotation ingress.annotation1=foo --annotation ingress.annotation2=bla --dry-run=client -o yaml
