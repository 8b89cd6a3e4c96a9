exports.handler = async () => "not the module the template names";
