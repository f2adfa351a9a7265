create ingress ingsecret --rule=foo.com/*=svc:8080,tls=secret1 --rule=bar.com/*=svc:8080,tls=secret1 --rule=baz.com/*=svc:8080,tls=other --dry-run=client -o yaml
