describe endpoints kubia-mixed
