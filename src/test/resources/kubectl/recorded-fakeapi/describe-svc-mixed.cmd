describe service kubia-mixed
