get ingress -n demo
