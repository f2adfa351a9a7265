create service nodeport x --tcp=80:8080:9090 --dry-run=client -o yaml
