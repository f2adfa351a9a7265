get svc,ep kubia
