get ingress
