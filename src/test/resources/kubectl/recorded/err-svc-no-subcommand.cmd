create service
