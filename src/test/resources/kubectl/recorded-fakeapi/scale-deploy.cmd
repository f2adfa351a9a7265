scale deployment kubia --replicas=5
