get endpoints kubia
