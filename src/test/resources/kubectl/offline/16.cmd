create service nodeport kubia
