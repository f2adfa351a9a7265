describe endpoints kubia
