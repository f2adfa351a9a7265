scale deployment kubia --replicas=abc
