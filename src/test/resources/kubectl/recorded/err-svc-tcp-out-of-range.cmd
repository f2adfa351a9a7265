create service nodeport x --tcp=70000 --dry-run=client -o yaml
