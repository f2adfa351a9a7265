get svc kubia -o jsonpath={.spec.clusterIP}
