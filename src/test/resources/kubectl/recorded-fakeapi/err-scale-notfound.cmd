scale deployment nosuch --replicas=2
