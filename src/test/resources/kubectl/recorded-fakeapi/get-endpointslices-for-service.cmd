get endpointslices -l kubernetes.io/service-name=kubia
