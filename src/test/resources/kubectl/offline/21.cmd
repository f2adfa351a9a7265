scale --replicas=3
