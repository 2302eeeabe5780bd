package dev.praxis.spring;

import dev.praxis.tool.Tool;
import dev.praxis.tool.ToolFunction;
import dev.praxis.tool.Tools;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.util.ClassUtils;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the beans with public {@link ToolFunction} methods and turns them into tools. Types are read from the bean
 * definitions, so beans without tool methods are not created early; a proxied bean contributes its target, whose
 * methods carry the annotations.
 */
final class ToolFunctionBeans {

    private ToolFunctionBeans() {
    }

    static List<Tool> find(ConfigurableListableBeanFactory beans) {
        List<Tool> tools = new ArrayList<>();
        for (String name : beans.getBeanDefinitionNames()) {
            Class<?> type = beans.getType(name, false);
            if (type == null || !hasToolMethod(ClassUtils.getUserClass(type))) {
                continue;
            }
            Object bean = beans.getBean(name);
            Object target = AopProxyUtils.getSingletonTarget(bean);
            tools.addAll(Tools.from(target != null ? target : bean));
        }
        return List.copyOf(tools);
    }

    private static boolean hasToolMethod(Class<?> type) {
        return Arrays.stream(type.getMethods()).anyMatch(ToolFunctionBeans::isTool);
    }

    private static boolean isTool(Method method) {
        return method.isAnnotationPresent(ToolFunction.class);
    }
}
