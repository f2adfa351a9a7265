describe ingress kubia
