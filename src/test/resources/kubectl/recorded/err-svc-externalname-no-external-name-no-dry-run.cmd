create service externalname foo
