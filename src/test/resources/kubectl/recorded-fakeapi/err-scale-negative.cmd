scale deployment kubia --replicas=-1
