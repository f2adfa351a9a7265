scale deployment kubia --replicas
