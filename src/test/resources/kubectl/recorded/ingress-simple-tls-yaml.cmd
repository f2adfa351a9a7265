create ingress simple --rule=foo.com/bar=svc1:8080,tls=my-cert --dry-run=client -o yaml
